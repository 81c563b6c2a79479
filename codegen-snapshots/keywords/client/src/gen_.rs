//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::gen`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenParams {
    pub gen2: ::std::option::Option<::std::string::String>,
    pub gen3: ::std::option::Option<::std::string::String>,
    pub gen4: ::std::option::Option<::std::string::String>,
}
impl GenParams {
    /// Sets `gen2`.
    #[must_use]
    pub fn gen2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gen2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gen3`.
    #[must_use]
    pub fn gen3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gen3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gen4`.
    #[must_use]
    pub fn gen4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gen4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::gen`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenOkHeaders {
    pub r#gen: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::gen`].
#[derive(Debug, Clone, PartialEq)]
pub enum GenResponse {
    /// ok
    Ok { body: super::types::Everything, headers: GenOkHeaders },
}
/// Documented error responses of [`super::Client::gen`].
#[derive(Debug, Clone, PartialEq)]
pub enum GenError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::gen_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum GenPostError {}
impl super::Client {
    /// */ operation gen "#
    ///
    /// `GET /op51/{gen}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#gen(
        &self,
        r#gen: &str,
        params: &GenParams,
    ) -> ::std::result::Result<GenResponse, super::Error<GenError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op51/");
        url.push_str(
            &super::runtime::path_param(
                "gen",
                &super::runtime::to_value("gen", &r#gen)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.gen2 {
            let v = super::runtime::to_value("gen", v)?;
            super::runtime::push_param(&mut query, "gen", &v, "form", true);
        }
        if let Some(v) = &params.gen3 {
            let v = super::runtime::to_value("gen", v)?;
            headers.push(("gen", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.gen4 {
            let v = super::runtime::to_value("gen", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "gen", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[51usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("gen", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "gen", method = "GET", path = "/op51/{gen}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("gen", status, &response_headers);
        match status {
            200 => {
                let headers = GenOkHeaders {
                    r#gen: super::runtime::optional_header(
                        &response_headers,
                        "gen",
                        status,
                    )?,
                };
                Ok(GenResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        GenError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(GenError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            GenError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op51/{gen}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn gen_post(
        &self,
        r#gen: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<GenPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op51/");
        url.push_str(
            &super::runtime::path_param(
                "gen",
                &super::runtime::to_value("gen", &r#gen)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("gen_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "gen_post", method = "POST", path =
            "/op51/{gen}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("gen_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        GenPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
