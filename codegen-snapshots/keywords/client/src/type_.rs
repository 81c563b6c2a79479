//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::type`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeParams {
    pub type2: ::std::option::Option<::std::string::String>,
    pub type3: ::std::option::Option<::std::string::String>,
    pub type4: ::std::option::Option<::std::string::String>,
}
impl TypeParams {
    /// Sets `type2`.
    #[must_use]
    pub fn type2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type3`.
    #[must_use]
    pub fn type3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type4`.
    #[must_use]
    pub fn type4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::type`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeOkHeaders {
    pub r#type: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::type`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TypeOkHeaders },
}
/// Documented error responses of [`super::Client::type`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::type_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypePostError {}
impl super::Client {
    /// */ operation type "#
    ///
    /// `GET /op30/{type}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#type(
        &self,
        r#type: &str,
        params: &TypeParams,
    ) -> ::std::result::Result<TypeResponse, super::Error<TypeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op30/");
        url.push_str(
            &super::runtime::path_param(
                "type",
                &super::runtime::to_value("type", &r#type)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.type2 {
            let v = super::runtime::to_value("type", v)?;
            super::runtime::push_param(&mut query, "type", &v, "form", true);
        }
        if let Some(v) = &params.type3 {
            let v = super::runtime::to_value("type", v)?;
            headers.push(("type", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.type4 {
            let v = super::runtime::to_value("type", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "type", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[30usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("type", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "type", method = "GET", path =
            "/op30/{type}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("type", status, &response_headers);
        match status {
            200 => {
                let headers = TypeOkHeaders {
                    r#type: super::runtime::optional_header(
                        &response_headers,
                        "type",
                        status,
                    )?,
                };
                Ok(TypeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TypeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TypeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TypeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op30/{type}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn type_post(
        &self,
        r#type: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TypePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op30/");
        url.push_str(
            &super::runtime::path_param(
                "type",
                &super::runtime::to_value("type", &r#type)?,
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
            .run_request_hooks("type_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "type_post", method = "POST", path =
            "/op30/{type}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("type_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TypePostError,
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
