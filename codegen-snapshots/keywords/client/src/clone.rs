//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::clone2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clone2Params {
    pub clone2: ::std::option::Option<::std::string::String>,
    pub clone3: ::std::option::Option<::std::string::String>,
    pub clone4: ::std::option::Option<::std::string::String>,
}
impl Clone2Params {
    /// Sets `clone2`.
    #[must_use]
    pub fn clone2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clone2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clone3`.
    #[must_use]
    pub fn clone3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clone3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clone4`.
    #[must_use]
    pub fn clone4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clone4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::clone2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clone2OkHeaders {
    pub clone: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::clone2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Clone2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Clone2OkHeaders },
}
/// Documented error responses of [`super::Client::clone2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Clone2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::clone_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ClonePostError {}
impl super::Client {
    /// */ operation Clone "#
    ///
    /// `GET /op112/{Clone}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn clone2(
        &self,
        clone: &str,
        params: &Clone2Params,
    ) -> ::std::result::Result<Clone2Response, super::Error<Clone2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op112/");
        url.push_str(
            &super::runtime::path_param(
                "Clone",
                &super::runtime::to_value("Clone", &clone)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.clone2 {
            let v = super::runtime::to_value("Clone", v)?;
            super::runtime::push_param(&mut query, "Clone", &v, "form", true);
        }
        if let Some(v) = &params.clone3 {
            let v = super::runtime::to_value("Clone", v)?;
            headers.push(("Clone", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.clone4 {
            let v = super::runtime::to_value("Clone", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Clone", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[112usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("clone2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Clone", method = "GET", path =
            "/op112/{Clone}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("clone2", status, &response_headers);
        match status {
            200 => {
                let headers = Clone2OkHeaders {
                    clone: super::runtime::optional_header(
                        &response_headers,
                        "Clone",
                        status,
                    )?,
                };
                Ok(Clone2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Clone2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Clone2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Clone2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op112/{Clone}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn clone_post(
        &self,
        clone: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ClonePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op112/");
        url.push_str(
            &super::runtime::path_param(
                "Clone",
                &super::runtime::to_value("Clone", &clone)?,
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
            .run_request_hooks("clone_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Clone_post", method = "POST", path =
            "/op112/{Clone}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("clone_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ClonePostError,
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
