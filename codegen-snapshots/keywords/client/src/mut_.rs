//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::mut`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MutParams {
    pub mut2: ::std::option::Option<::std::string::String>,
    pub mut3: ::std::option::Option<::std::string::String>,
    pub mut4: ::std::option::Option<::std::string::String>,
}
impl MutParams {
    /// Sets `mut2`.
    #[must_use]
    pub fn mut2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mut2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mut3`.
    #[must_use]
    pub fn mut3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mut3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mut4`.
    #[must_use]
    pub fn mut4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mut4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::mut`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MutOkHeaders {
    pub r#mut: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::mut`].
#[derive(Debug, Clone, PartialEq)]
pub enum MutResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MutOkHeaders },
}
/// Documented error responses of [`super::Client::mut`].
#[derive(Debug, Clone, PartialEq)]
pub enum MutError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::mut_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MutPostError {}
impl super::Client {
    /// */ operation mut "#
    ///
    /// `GET /op19/{mut}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#mut(
        &self,
        r#mut: &str,
        params: &MutParams,
    ) -> ::std::result::Result<MutResponse, super::Error<MutError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op19/");
        url.push_str(
            &super::runtime::path_param(
                "mut",
                &super::runtime::to_value("mut", &r#mut)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.mut2 {
            let v = super::runtime::to_value("mut", v)?;
            super::runtime::push_param(&mut query, "mut", &v, "form", true);
        }
        if let Some(v) = &params.mut3 {
            let v = super::runtime::to_value("mut", v)?;
            headers.push(("mut", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.mut4 {
            let v = super::runtime::to_value("mut", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "mut", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[19usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("mut", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "mut", method = "GET", path = "/op19/{mut}",
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
        self.run_response_hooks("mut", status, &response_headers);
        match status {
            200 => {
                let headers = MutOkHeaders {
                    r#mut: super::runtime::optional_header(
                        &response_headers,
                        "mut",
                        status,
                    )?,
                };
                Ok(MutResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MutError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MutError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MutError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op19/{mut}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn mut_post(
        &self,
        r#mut: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MutPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op19/");
        url.push_str(
            &super::runtime::path_param(
                "mut",
                &super::runtime::to_value("mut", &r#mut)?,
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
            .run_request_hooks("mut_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "mut_post", method = "POST", path =
            "/op19/{mut}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("mut_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MutPostError,
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
