//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::trait`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TraitParams {
    pub trait2: ::std::option::Option<::std::string::String>,
    pub trait3: ::std::option::Option<::std::string::String>,
    pub trait4: ::std::option::Option<::std::string::String>,
}
impl TraitParams {
    /// Sets `trait2`.
    #[must_use]
    pub fn trait2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trait2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `trait3`.
    #[must_use]
    pub fn trait3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trait3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `trait4`.
    #[must_use]
    pub fn trait4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trait4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::trait`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TraitOkHeaders {
    pub r#trait: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::trait`].
#[derive(Debug, Clone, PartialEq)]
pub enum TraitResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TraitOkHeaders },
}
/// Documented error responses of [`super::Client::trait`].
#[derive(Debug, Clone, PartialEq)]
pub enum TraitError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::trait_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TraitPostError {}
impl super::Client {
    /// */ operation trait "#
    ///
    /// `GET /op28/{trait}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#trait(
        &self,
        r#trait: &str,
        params: &TraitParams,
    ) -> ::std::result::Result<TraitResponse, super::Error<TraitError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op28/");
        url.push_str(
            &super::runtime::path_param(
                "trait",
                &super::runtime::to_value("trait", &r#trait)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.trait2 {
            let v = super::runtime::to_value("trait", v)?;
            super::runtime::push_param(&mut query, "trait", &v, "form", true);
        }
        if let Some(v) = &params.trait3 {
            let v = super::runtime::to_value("trait", v)?;
            headers.push(("trait", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.trait4 {
            let v = super::runtime::to_value("trait", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "trait", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[28usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("trait", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "trait", method = "GET", path =
            "/op28/{trait}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("trait", status, &response_headers);
        match status {
            200 => {
                let headers = TraitOkHeaders {
                    r#trait: super::runtime::optional_header(
                        &response_headers,
                        "trait",
                        status,
                    )?,
                };
                Ok(TraitResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TraitError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TraitError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TraitError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op28/{trait}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn trait_post(
        &self,
        r#trait: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TraitPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op28/");
        url.push_str(
            &super::runtime::path_param(
                "trait",
                &super::runtime::to_value("trait", &r#trait)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("trait_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "trait_post", method = "POST", path =
            "/op28/{trait}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("trait_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TraitPostError,
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
